using ClustersTic.Text;

namespace ClustersTic.Cli;

/// <summary>The tool's own wording in French (default) or English. Everything about the rules — labels, reasons,
/// titles — comes from the library.</summary>
internal sealed class Texts(Language language)
{
    public Language Language { get; } = language;

    public bool English => Language == Language.English;

    public string T(string french, string english) => English ? english : french;

    /// <summary>A value as the user typed it, quoted the way the language quotes.</summary>
    public string Quoted(string value) => English ? "'" + value + "'" : "«\u202F" + value + "\u202F»";

    public string Colon => Prose.Colon(Language);
}
