namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>The method tokens a method body calls (call / callvirt), read from its IL without loading it.</summary>
public static class IlCalls
{
    private const byte Call = 0x28;
    private const byte CallVirt = 0x6F;

    public static HashSet<int> MethodTokens(byte[] il)
    {
        // A token is 4 bytes after the opcode; a byte sequence that merely looks like one is harmless here:
        // the test asks whether a known getter token occurs, and a getter token is a MethodDef (0x06xxxxxx).
        var tokens = new HashSet<int>();
        for (var i = 0; i + 4 < il.Length; i++)
            if (il[i] is Call or CallVirt)
                tokens.Add(BitConverter.ToInt32(il, i + 1));
        return tokens;
    }
}
