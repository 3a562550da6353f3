using System.Globalization;

namespace System.ServiceModel;

public class FaultReasonText
{
    public FaultReasonText(string text)
        : this(text, CultureInfo.CurrentCulture.Name)
    {
    }

    public FaultReasonText(string text, string xmlLang)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        XmlLang = xmlLang ?? throw new ArgumentNullException(nameof(xmlLang));
    }

    public string Text { get; }

    public string XmlLang { get; }

    public bool Matches(CultureInfo cultureInfo)
    {
        if (cultureInfo == null) throw new ArgumentNullException(nameof(cultureInfo));
        return string.Equals(cultureInfo.Name, XmlLang, StringComparison.OrdinalIgnoreCase);
    }
}
