using System;
using System.Runtime.InteropServices;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Decisions;

/// <summary>
/// The value of a finding argument as the rule had it — text, a date or a NAF code — formatted (invariant
/// culture, ISO dates) only when a message, <see cref="Finding.Arguments"/> or JSON asks for it.
/// </summary>
/// <remarks>16 bytes: a reference — the text itself, or a marker saying which of the two values that share
/// the second half is held — and the date or NAF code. (A finding holds two values inline.)</remarks>
[StructLayout(LayoutKind.Explicit)]
internal readonly struct ArgumentValue : IEquatable<ArgumentValue>
{
    private static readonly object DateMarker = new();
    private static readonly object NafMarker = new();
    private static readonly object SirenMarker = new();
    private static readonly object SiretMarker = new();
    private static readonly object NumberMarker = new();
    private static readonly object ScoreMarker = new();
    private static readonly object PercentMarker = new();

    [FieldOffset(0)]
    private readonly object? _textOrKind;

    [FieldOffset(8)]
    private readonly LocalDate _date;

    [FieldOffset(8)]
    private readonly NafCode _naf;

    [FieldOffset(8)]
    private readonly Siren _siren;

    [FieldOffset(8)]
    private readonly Siret _siret;

    [FieldOffset(8)]
    private readonly int _labelValue;

    // A whole number, or a score or percentage in tenths (one decimal is all a published value has).
    [FieldOffset(8)]
    private readonly long _number;

    private ArgumentValue(string text)
    {
        this = default;
        _textOrKind = text;
    }

    private ArgumentValue(LocalDate date)
    {
        this = default;
        _textOrKind = DateMarker;
        _date = date;
    }

    private ArgumentValue(NafCode naf)
    {
        this = default;
        _textOrKind = NafMarker;
        _naf = naf;
    }

    private ArgumentValue(Siren siren)
    {
        this = default;
        _textOrKind = SirenMarker;
        _siren = siren;
    }

    private ArgumentValue(Siret siret)
    {
        this = default;
        _textOrKind = SiretMarker;
        _siret = siret;
    }

    private ArgumentValue(object marker, long number)
    {
        this = default;
        _textOrKind = marker;
        _number = number;
    }

    private ArgumentValue(TitledValue titled)
    {
        this = default;
        _textOrKind = titled;
    }

    private ArgumentValue(EnumLabels labels, int value)
    {
        this = default;
        _textOrKind = labels;
        _labelValue = value;
    }

    private enum Kind : byte
    {
        Text,
        Date,
        Naf,
        Siren,
        Siret,
        Label,
        Number,
        Score,
        Percent,
        Titled,
    }

    private Kind ValueKind => _textOrKind switch
    {
        string => Kind.Text,
        EnumLabels => Kind.Label,
        TitledValue => Kind.Titled,
        _ when ReferenceEquals(_textOrKind, NumberMarker) => Kind.Number,
        _ when ReferenceEquals(_textOrKind, ScoreMarker) => Kind.Score,
        _ when ReferenceEquals(_textOrKind, PercentMarker) => Kind.Percent,
        _ when ReferenceEquals(_textOrKind, DateMarker) => Kind.Date,
        _ when ReferenceEquals(_textOrKind, NafMarker) => Kind.Naf,
        _ when ReferenceEquals(_textOrKind, SirenMarker) => Kind.Siren,
        _ => Kind.Siret,
    };

    /// <summary>An enumeration value shown through the label table: its invariant name in JSON and arguments,
    /// its label in rendered text.</summary>
    public static ArgumentValue Label<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        EnumLabels labels = Labels.For<TEnum>();
        int index = labels.IndexOf(value);
        return index < 0 ? new ArgumentValue(Invariant.Name(value)) : new ArgumentValue(labels, index);
    }

    /// <summary>Row <paramref name="index"/> of a label table (tests walk every label this way).</summary>
    internal static ArgumentValue FromLabelRow(EnumLabels labels, int index) => new(labels, index);

    /// <summary>A whole number (a count, a year).</summary>
    public static ArgumentValue Number(long value) => new(NumberMarker, value);

    /// <summary>A published score or threshold out of 100, one decimal (<c>75.0</c>).</summary>
    public static ArgumentValue Score(decimal score) => new(ScoreMarker, (long)(Invariant.OneDecimal(score) * 10m));

    /// <summary>A share (0–1), shown as a percentage with one decimal, rounded half away from zero.</summary>
    public static ArgumentValue Percent(decimal share) => new(PercentMarker, (long)(Invariant.OneDecimal(share * 100m) * 10m));

    /// <summary>An id that has a title: the id in JSON and arguments, the title in rendered text (a charter
    /// category, a cluster) — or, with <paramref name="showId"/>, the id and its title (<c>OFFER-2 (title)</c>,
    /// for a criterion, whose id is how people refer to it).</summary>
    public static ArgumentValue Titled(string id, LocalizedText title, bool showId = false) => new(new TitledValue(Preconditions.CheckNotNull(id), title, showId));

    public static implicit operator ArgumentValue(string text) => new(Preconditions.CheckNotNull(text));

    public static implicit operator ArgumentValue(LocalDate date) => new(date);

    public static implicit operator ArgumentValue(NafCode code) => new(code);

    public static implicit operator ArgumentValue(Siren siren) => new(siren);

    public static implicit operator ArgumentValue(Siret siret) => new(siret);

    public bool Equals(ArgumentValue other) => ValueKind switch
    {
        Kind kind when kind != other.ValueKind => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal),
        Kind.Date => _date == other._date,
        Kind.Naf => _naf == other._naf,
        Kind.Siren => _siren == other._siren,
        Kind.Siret => _siret == other._siret,
        Kind.Label => ReferenceEquals(_textOrKind, other._textOrKind) && _labelValue == other._labelValue,
        Kind.Number or Kind.Score or Kind.Percent => _number == other._number,
        Kind.Titled => ((TitledValue)_textOrKind!).Equals((TitledValue)other._textOrKind!),
        _ => string.Equals((string?)_textOrKind, (string?)other._textOrKind, StringComparison.Ordinal),
    };

    public override bool Equals(object? obj) => obj is ArgumentValue other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    public override string ToString() => ValueKind switch
    {
        Kind.Date => Invariant.Date(_date),
        Kind.Naf => _naf.ToString(),
        Kind.Siren => _siren.ToString(),
        Kind.Siret => _siret.ToString(),
        Kind.Label => ((EnumLabels)_textOrKind!).Name(_labelValue),
        Kind.Number => Invariant.Number(_number),
        Kind.Score => Invariant.Score(_number / 10m),
        Kind.Percent => Invariant.Score(_number / 10m) + " %",
        Kind.Titled => ((TitledValue)_textOrKind!).Id,
        _ => (string)_textOrKind!,
    };

    /// <summary>The value as shown to people in a language (docs/typography.md): a label for an enumeration
    /// value, a title for a titled id, a date in words, numbers with the language's decimal mark, a NAF code with
    /// its official title where the language has one; otherwise the invariant text.</summary>
    public string Display(Language language) => ValueKind switch
    {
        Kind.Label => ((EnumLabels)_textOrKind!).Label(_labelValue, language),
        Kind.Titled => ((TitledValue)_textOrKind!).Display(language),
        Kind.Date => Prose.Date(_date, language),
        Kind.Number => Prose.Number(_number, language),
        Kind.Score => Prose.OneDecimal(_number / 10m, language),
        Kind.Percent => Prose.Percent(_number / 10m, language),
        Kind.Naf => NafNomenclatures.GetTitle(_naf, language) is not string title ? _naf.ToString()
            : language == Language.English ? _naf.ToString() + " (" + title + ")"
            : _naf.ToString() + " «" + FrenchTypography.NarrowNoBreakSpace + title + FrenchTypography.NarrowNoBreakSpace + "»",
        _ => ToString(),
    };

    /// <summary>An id and its title.</summary>
    private sealed class TitledValue(string id, LocalizedText title, bool showId) : IEquatable<TitledValue>
    {
        public string Id { get; } = id;

        public LocalizedText Title { get; } = title;

        public string Display(Language language) => showId ? Id + " (" + Title.In(language) + ")" : Title.In(language);

        public bool Equals(TitledValue? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Title.Equals(other.Title);

        public override bool Equals(object? obj) => Equals(obj as TitledValue);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
    }
}
