using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ClustersTic.Text;

namespace ClustersTic.Identifiers;

/// <summary>
/// The official NAF lists, embedded as versioned data: whether a code exists in its nomenclature, and its title.
/// </summary>
/// <remarks>
/// <para><b>NAF rév. 2</b>: the 732 sub-classes of INSEE's list, with their French titles (INSEE publishes the
/// sub-class titles in French; <see cref="GetTitle"/> gives no English title for them).</para>
/// <para><b>NAF 2025</b>: the 747 sub-classes of INSEE's list, with their French titles; a sub-class that is a
/// whole class of NACE Rev. 2.1 (letter <c>Y</c>) also has Eurostat's English title of that class. A national
/// sub-class (<c>62.20G</c>, <c>62.20H</c>) has no official English title.</para>
/// <para>Sources and editions: <see cref="Rev2"/>, <see cref="Naf2025"/> and <c>docs/nomenclatures.md</c>.
/// The lists are read from the assembly once, on first use. All members are thread-safe.</para>
/// </remarks>
public static class NafNomenclatures
{
    /// <summary>Where the NAF rév. 2 list comes from.</summary>
    public static NafNomenclatureSource Rev2 { get; } = new(
        NafNomenclature.Rev2, "NAF rév. 2, 2008 — liste des sous-classes", "INSEE", "edition in force since 1 January 2008", 732, subClassLevel: true);

    /// <summary>Where the NAF 2025 list comes from.</summary>
    public static NafNomenclatureSource Naf2025 { get; } = new(
        NafNomenclature.Naf2025, "NAF 2025 — liste des sous-classes", "INSEE (English class titles: Eurostat, NACE Rev. 2.1)", "NAF 2025, the French version of NACE Rev. 2.1, in force from 1 January 2025", 747, subClassLevel: true);

    /// <summary>True when the code exists in its nomenclature: its digits and its letter.</summary>
    /// <param name="code">The code; <c>default</c> is not a code and does not exist.</param>
    /// <returns>True when the code exists.</returns>
    public static bool Exists(NafCode code) => code.Letter != '\0' && (code.Nomenclature == NafNomenclature.Naf2025
        ? Naf2025List.SubClasses.ContainsKey(Key(code))
        : Rev2List.SubClasses.ContainsKey(Key(code)));

    /// <summary>Reads a piece of text as a NAF code and says what it is: a code of its nomenclature, not given,
    /// not well formed, a code of the former NAF rév. 1, or a well-formed code that does not exist.</summary>
    /// <param name="text">The text, as a record or a spreadsheet cell has it.</param>
    /// <param name="nomenclature">The nomenclature the record says the code is in; null to infer it from the
    /// letter (reading 5: <c>Y</c> is NAF 2025, any other letter rév. 2).</param>
    /// <returns>The status; <see cref="NafCodeStatus.Known"/> when the code exists.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nomenclature"/> is not a defined value.</exception>
    public static NafCodeStatus Check(string? text, NafNomenclature? nomenclature = null)
    {
        if (nomenclature is NafNomenclature given && given is not (NafNomenclature.Rev2 or NafNomenclature.Naf2025))
        {
            throw new ArgumentOutOfRangeException(nameof(nomenclature), nomenclature, "Unknown NAF nomenclature.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return NafCodeStatus.NotGiven;
        }

        ParseError error = NafCode.TryParseCore(text.AsSpan(), nomenclature, out NafCode code);
        return error.Failure switch
        {
            IdentifierParseFailure.None => Exists(code) ? NafCodeStatus.Known : NafCodeStatus.NotInNomenclature,
            IdentifierParseFailure.FormerNomenclature => NafCodeStatus.OldNomenclature,
            _ => NafCodeStatus.NotWellFormed,
        };
    }

    /// <summary>The official title of a code in a language.</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language; French by default.</param>
    /// <returns>The title; null when the code does not exist, or when it has no official title in that language
    /// (NAF rév. 2 sub-classes and NAF 2025 national sub-classes have French titles only).</returns>
    public static string? GetTitle(NafCode code, Language language = Language.French)
    {
        if (!Exists(code))
        {
            return null;
        }

        if (code.Nomenclature == NafNomenclature.Naf2025)
        {
            (string french, string? english) = Naf2025List.SubClasses[Key(code)];
            return language == Language.English ? english : french;
        }

        return language == Language.English ? null : Rev2List.SubClasses[Key(code)];
    }

    /// <summary>A code with its title, as reports show it: <c>62.02A — Conseil en systèmes et logiciels
    /// informatiques</c>; the code alone when it has no title in that language.</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language; French by default.</param>
    /// <returns>The code and its title.</returns>
    public static string Describe(NafCode code, Language language = Language.French) =>
        GetTitle(code, language) is string title ? code.ToString() + " — " + title : code.ToString();

    private static int Key(NafCode code) => (code.Digits * 32) + (code.Letter - 'A');

    /// <summary>The NAF rév. 2 list, read from the assembly on first use (a nested type is initialised when first
    /// touched: a process that checks no rév. 2 code never reads it).</summary>
    private static class Rev2List
    {
        public static readonly Dictionary<int, string> SubClasses = Read();

        private static Dictionary<int, string> Read()
        {
            var list = new Dictionary<int, string>(732);
            foreach (string[] fields in ReadRows("naf-rev2.tsv", 2))
            {
                list.Add(Key(NafCode.Parse(fields[0], NafNomenclature.Rev2)), fields[1]);
            }

            return Checked(list, Rev2.Count, "naf-rev2.tsv");
        }
    }

    /// <summary>The NAF 2025 list, read from the assembly on first use.</summary>
    private static class Naf2025List
    {
        public static readonly Dictionary<int, (string French, string? English)> SubClasses = Read();

        private static Dictionary<int, (string French, string? English)> Read()
        {
            var list = new Dictionary<int, (string French, string? English)>(747);
            foreach (string[] fields in ReadRows("naf-2025.tsv", 3))
            {
                list.Add(Key(NafCode.Parse(fields[0], NafNomenclature.Naf2025)), (fields[1], fields[2].Length > 0 ? fields[2] : null));
            }

            return Checked(list, Naf2025.Count, "naf-2025.tsv");
        }
    }

    private static Dictionary<int, T> Checked<T>(Dictionary<int, T> list, int expected, string name) =>
        list.Count == expected ? list : throw new InvalidOperationException($"The embedded list '{name}' holds {list.Count} codes, not {expected}.");

    private static List<string[]> ReadRows(string name, int fieldCount)
    {
        var rows = new List<string[]>(740);

        // Embedded by ClustersTic.csproj under this prefix (Identifiers/Nomenclatures/*.tsv).
        using Stream stream = typeof(NafNomenclatures).Assembly.GetManifestResourceStream("ClustersTic.Nomenclatures." + name)
            ?? throw new InvalidOperationException($"The embedded list '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            rows.Add(fields.Length == fieldCount ? fields : throw new InvalidOperationException($"The embedded list '{name}' has a malformed line: {line}"));
        }

        return rows;
    }
}
