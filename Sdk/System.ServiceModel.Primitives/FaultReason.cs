using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace System.ServiceModel;

public class FaultReason
{
    private readonly IReadOnlyList<FaultReasonText> _translations;

    public FaultReason(IEnumerable<FaultReasonText> translations)
    {
        if (translations == null) throw new ArgumentNullException(nameof(translations));
        _translations = translations.ToList();
        if (_translations.Count == 0)
        {
            throw new ArgumentException("A fault reason needs at least one translation.", nameof(translations));
        }
    }

    public FaultReason(FaultReasonText translation)
        : this(new[] { translation ?? throw new ArgumentNullException(nameof(translation)) })
    {
    }

    public FaultReason(string text)
        : this(new FaultReasonText(text))
    {
    }

    public FaultReasonText GetMatchingTranslation() => GetMatchingTranslation(CultureInfo.CurrentCulture);

    // Exact culture first, then the neutral parent culture, then the first translation.
    public FaultReasonText GetMatchingTranslation(CultureInfo cultureInfo)
    {
        if (cultureInfo == null) throw new ArgumentNullException(nameof(cultureInfo));
        return _translations.FirstOrDefault(t => t.Matches(cultureInfo))
            ?? _translations.FirstOrDefault(t => t.Matches(cultureInfo.Parent))
            ?? _translations[0];
    }

    public override string ToString() => GetMatchingTranslation().Text;
}
