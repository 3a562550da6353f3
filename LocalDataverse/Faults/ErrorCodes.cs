namespace AlumniCrm.LocalDataverse.Faults;

/// <summary>Dataverse error codes the environment raises (the values the platform uses).</summary>
public static class ErrorCodes
{
    /// <summary>0x80040217 ObjectDoesNotExist: "… With Id = … Does Not Exist".</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80040237 DuplicateRecord: duplicate alternate key, duplicate id, duplicate association.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>0x80040265 ISV code aborted the operation: an InvalidPluginExecutionException without its own code.</summary>
    public const int PluginAbortedOperation = unchecked((int)0x80040265);

    /// <summary>0x80040224 Unexpected exception from a plug-in (any exception other than InvalidPluginExecutionException).</summary>
    public const int UnexpectedPluginException = unchecked((int)0x80040224);

    /// <summary>0x80044182 The infinite-loop protection: the pipeline depth exceeded its maximum of 8.</summary>
    public const int InfiniteLoopDetected = unchecked((int)0x80044182);

    /// <summary>0x80040203 InvalidArgument.</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80040220 A required parameter is missing (SDK message validation).</summary>
    public const int MissingRequiredParameter = unchecked((int)0x80040220);

    /// <summary>0x80040800 Unrecognized request / message not supported by this environment.</summary>
    public const int UnrecognizedRequest = unchecked((int)0x80040800);

    /// <summary>0x80044150 Generic SQL error: the transaction was aborted by an earlier failure.</summary>
    public const int NoActiveTransaction = unchecked((int)0x80044150);
}
