using System.Text;
using AlumniCrm.Domain.Privacy;

namespace AlumniCrm.Domain.Tests.Privacy;

public class SuppressionKeyTests
{
    private static readonly byte[] KeyBytes = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");
    private static readonly SuppressionKey Key = new SuppressionKey(KeyBytes);

    [Fact]
    public void The_hash_is_stable_64_lowercase_hex_characters()
    {
        var first = Key.Hash(FsIdentifierKind.StudentNumber, "123456");
        var second = new SuppressionKey((byte[])KeyBytes.Clone()).Hash(FsIdentifierKind.StudentNumber, "123456");
        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void The_hash_is_hmac_sha256_of_the_kind_and_normalised_identifier()
    {
        using var hmac = new System.Security.Cryptography.HMACSHA256(KeyBytes);
        var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes("studentnr:AB123"))).ToLowerInvariant();
        Assert.Equal(expected, Key.Hash(FsIdentifierKind.StudentNumber, " ab 123 "));
    }

    [Fact]
    public void A_different_key_gives_a_different_hash()
    {
        var other = new SuppressionKey(Encoding.ASCII.GetBytes("fedcba9876543210fedcba9876543210"));
        Assert.NotEqual(Key.Hash(FsIdentifierKind.StudentNumber, "123456"), other.Hash(FsIdentifierKind.StudentNumber, "123456"));
    }

    [Fact]
    public void The_hash_does_not_contain_the_identifier()
    {
        Assert.DoesNotContain("123456", Key.Hash(FsIdentifierKind.StudentNumber, "123456"));
        Assert.DoesNotContain("0123456789abcdef", Key.ToString());
    }

    [Fact]
    public void Different_identifiers_give_different_hashes()
    {
        Assert.NotEqual(Key.Hash(FsIdentifierKind.StudentNumber, "123456"), Key.Hash(FsIdentifierKind.StudentNumber, "123457"));
    }

    [Fact]
    public void A_student_number_never_matches_an_equal_person_number()
    {
        Assert.NotEqual(Key.Hash(FsIdentifierKind.StudentNumber, "123456"), Key.Hash(FsIdentifierKind.PersonNumber, "123456"));
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData("  123456  ", "123456")]
    [InlineData("123 456", "123456")]
    [InlineData("12\t34\u00A056", "123456")]
    [InlineData("ab12c", "AB12C")]
    [InlineData("0012", "0012")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Normalisation_trims_upper_cases_and_strips_spaces(string? input, string expected)
    {
        Assert.Equal(expected, SuppressionKey.Normalise(input));
    }

    [Fact]
    public void Spelling_variants_of_the_same_identifier_hash_alike()
    {
        Assert.Equal(Key.Hash(FsIdentifierKind.PersonNumber, "ab 12"), Key.Hash(FsIdentifierKind.PersonNumber, " AB12"));
    }

    [Fact]
    public void Leading_zeros_are_significant()
    {
        Assert.NotEqual(Key.Hash(FsIdentifierKind.StudentNumber, "012345"), Key.Hash(FsIdentifierKind.StudentNumber, "12345"));
    }

    [Fact]
    public void An_empty_identifier_has_no_hash()
    {
        Assert.Null(Key.Hash(FsIdentifierKind.StudentNumber, "  "));
        Assert.Empty(Key.HashesFor(null, " "));
    }

    [Fact]
    public void One_hash_per_identifier_so_either_matches()
    {
        var hashes = Key.HashesFor("123456", "998877");
        Assert.Equal(2, hashes.Count);
        Assert.Equal(Key.Hash(FsIdentifierKind.StudentNumber, "123456"), hashes[0]);
        Assert.Equal(Key.Hash(FsIdentifierKind.PersonNumber, "998877"), hashes[1]);

        var suppressed = new HashSet<string>(hashes);
        Assert.True(Key.IsSuppressed("123456", null, suppressed));
        Assert.True(Key.IsSuppressed(null, "998877", suppressed));
        Assert.True(Key.IsSuppressed(" 123 456 ", "other", suppressed));
        Assert.False(Key.IsSuppressed("654321", "778899", suppressed));
        Assert.False(Key.IsSuppressed(null, null, suppressed));
    }

    [Fact]
    public void A_person_with_only_a_student_number_gets_one_hash()
    {
        Assert.Single(Key.HashesFor("123456", null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    public void A_key_shorter_than_32_bytes_is_rejected_with_a_clear_message(int length)
    {
        var error = Assert.Throws<ArgumentException>(() => new SuppressionKey(new byte[length]));
        Assert.Contains("at least 32 bytes", error.Message);
        Assert.Contains("has " + length, error.Message);
    }

    [Fact]
    public void A_missing_key_is_rejected_with_a_clear_message()
    {
        Assert.Contains("missing from configuration", Assert.Throws<ArgumentNullException>(() => new SuppressionKey(null!)).Message);
        Assert.Contains("missing from configuration", Assert.Throws<ArgumentException>(() => SuppressionKey.FromBase64(" ")).Message);
    }

    [Fact]
    public void A_key_from_configuration_is_base64()
    {
        var fromConfig = SuppressionKey.FromBase64(Convert.ToBase64String(KeyBytes));
        Assert.Equal(Key.Hash(FsIdentifierKind.StudentNumber, "1"), fromConfig.Hash(FsIdentifierKind.StudentNumber, "1"));
        Assert.Contains("not valid base64", Assert.Throws<ArgumentException>(() => SuppressionKey.FromBase64("not base64!")).Message);
        Assert.Contains("at least 32 bytes", Assert.Throws<ArgumentException>(() => SuppressionKey.FromBase64(Convert.ToBase64String(new byte[8]))).Message);
    }

    [Fact]
    public void Changing_the_callers_key_array_afterwards_does_not_change_the_hash()
    {
        var bytes = (byte[])KeyBytes.Clone();
        var key = new SuppressionKey(bytes);
        var before = key.Hash(FsIdentifierKind.StudentNumber, "1");
        bytes[0] ^= 0xFF;
        Assert.Equal(before, key.Hash(FsIdentifierKind.StudentNumber, "1"));
    }

    [Fact]
    public void The_hash_fits_the_suppression_column()
    {
        Assert.True(Key.Hash(FsIdentifierKind.PersonNumber, new string('9', 20))!.Length <= 100);
    }
}
