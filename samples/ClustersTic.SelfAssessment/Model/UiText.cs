using ClustersTic.Text;

namespace ClustersTic.SelfAssessment.Model;

/// <summary>The app's own words in French (default) or English; the French ones typeset as the library's are.
/// Everything about the rules — titles, texts, labels, corrections, levels — comes from the library.</summary>
public sealed class UiText(Language language)
{
    public Language Language { get; } = language;

    public bool English => Language == Language.English;

    public string T(string french, string english) => English ? english : Prose.Typeset(french);

    public string Colon => Prose.Colon(Language);
}
