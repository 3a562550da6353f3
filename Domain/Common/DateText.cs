using System;
using System.Globalization;

namespace AlumniCrm.Domain.Common;

/// <summary>Dates in reason texts and logs: ISO 8601, culture-independent, so texts are stable in tests.</summary>
public static class DateText
{
    public static string Day(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Minute(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
