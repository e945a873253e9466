using ClustersTic.Text;

namespace ClustersTic.Cli;

/// <summary>The tool's own wording in French (default) or English. Everything about the rules — labels, reasons,
/// titles — comes from the library.</summary>
internal sealed class Texts(Language language)
{
    public Language Language { get; } = language;

    public bool English => Language == Language.English;

    /// <summary>The text in the language; the French one is written plainly here and typeset as the library's
    /// texts are (no-break spaces before <c>: ; ! ?</c>, typographic apostrophes).</summary>
    public string T(string french, string english) => English ? english : Prose.Typeset(french);

    /// <summary>A value as the user typed it, quoted the way the language quotes.</summary>
    public string Quoted(string value) => English ? "'" + value + "'" : "«\u202F" + value + "\u202F»";

    public string Colon => Prose.Colon(Language);

    /// <summary>A line number in a message: <c>ligne 12</c>, <c>line 12</c>.</summary>
    public string Line(int line) => T("ligne ", "line ") + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
