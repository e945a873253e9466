using System;
using ClustersTic.Text;

namespace ClustersTic.Sirene;

/// <summary>A stock file that cannot be read as one: not a CSV with INSEE's header, a required column missing or
/// repeated (named), a zip without a CSV, or a file that stops being readable at a line. <see cref="Exception.Message"/>
/// is in English; <see cref="GetMessage"/> gives French too.</summary>
public sealed class SireneFormatException : Exception
{
    private readonly string _french;

    internal SireneFormatException(string french, string english, string? column = null, int? line = null, Exception? inner = null)
        : base(english, inner)
    {
        _french = french;
        Column = column;
        Line = line;
    }

    /// <summary>The column at fault, when one is.</summary>
    public string? Column { get; }

    /// <summary>The line at fault, when one is (the header is line 1).</summary>
    public int? Line { get; }

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string GetMessage(Language language) => language == Language.English ? Message : Prose.Typeset(_french);
}
