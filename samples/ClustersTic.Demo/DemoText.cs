using ClustersTic.Text;

namespace ClustersTic.Demo;

/// <summary>The demo's own headings, in French (default) or English. Everything about the rules — summaries,
/// findings, labels, dates, numbers — comes from the library.</summary>
internal sealed class DemoText(Language language)
{
    public Language Language { get; } = language;

    public string T(string fr, string en) => Language == Language.English ? en : fr;
}
