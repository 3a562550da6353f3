namespace AlumniCrm.LocalDataverse.Metadata;

/// <summary>What the environment knows of the schema: alternate keys and N:N relationships.</summary>
public sealed class SchemaCatalog
{
    private readonly Dictionary<string, List<AlternateKey>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManyToManyRelationship> _manyToMany = new(StringComparer.Ordinal);

    public IReadOnlyList<AlternateKey> KeysOf(string table) =>
        _keys.TryGetValue(table, out var keys) ? keys : Array.Empty<AlternateKey>();

    public IEnumerable<ManyToManyRelationship> ManyToManyRelationships => _manyToMany.Values;

    public void AddKey(AlternateKey key)
    {
        if (key.Columns.Count == 0) throw new ArgumentException($"Alternate key {key.Name} has no columns.");
        if (!_keys.TryGetValue(key.Table, out var keys))
        {
            keys = new List<AlternateKey>();
            _keys[key.Table] = keys;
        }
        keys.RemoveAll(k => k.Name == key.Name);
        keys.Add(key);
    }

    public void AddManyToMany(ManyToManyRelationship relationship) => _manyToMany[relationship.SchemaName] = relationship;

    public ManyToManyRelationship? FindManyToMany(string schemaName) =>
        _manyToMany.TryGetValue(schemaName, out var relationship) ? relationship : null;
}
