using ClustersTic.Text;

namespace ClustersTic.Sirene;

/// <summary>A row of a stock file that could not be read: its line and why, in French and English. The scan
/// goes on without it.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class SireneRowProblem
{
    internal SireneRowProblem(int line, string french, string english)
    {
        Line = line;
        French = french;
        English = english;
    }

    /// <summary>The row's line in the file (the header is line 1).</summary>
    public int Line { get; }

    private string French { get; }

    private string English { get; }

    /// <summary>What is wrong with the row, in a language, with its line.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string GetMessage(Language language) => language == Language.English
        ? "line " + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + English
        : Prose.Typeset("ligne " + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + " : " + French);

    /// <summary>The message in English.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => GetMessage(Language.English);
}
