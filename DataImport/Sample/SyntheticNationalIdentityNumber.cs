namespace AlumniCrm.DataImport.Sample;

/// <summary>
/// Builds fødselsnummer-shaped numbers for synthetic people. The month is increased by 80, the
/// convention for synthetic test numbers in Norway, so they can never be a real person's number.
/// The two check digits follow the mod-11 rule so the numbers look like the real thing to any tool.
/// </summary>
public static class SyntheticNationalIdentityNumber
{
    private static readonly int[] FirstCheckWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondCheckWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    public static string Create(DateOnly birthDate, Random random)
    {
        while (true)
        {
            var individual = random.Next(0, 500);
            var digits = $"{birthDate.Day:00}{birthDate.Month + 80:00}{birthDate.Year % 100:00}{individual:000}".Select(digit => digit - '0').ToList();
            var first = CheckDigit(digits, FirstCheckWeights);
            if (first > 9)
            {
                continue;
            }

            digits.Add(first);
            var second = CheckDigit(digits, SecondCheckWeights);
            if (second > 9)
            {
                continue;
            }

            digits.Add(second);
            return string.Concat(digits);
        }
    }

    private static int CheckDigit(List<int> digits, int[] weights)
    {
        var sum = weights.Select((weight, index) => weight * digits[index]).Sum();
        var check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }
}
