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
    }

    private Kind ValueKind => _textOrKind switch
    {
        string => Kind.Text,
        EnumLabels => Kind.Label,
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
        _ => (string)_textOrKind!,
    };

    /// <summary>The value as shown to people in a language: a label for an enumeration value, otherwise the
    /// invariant text.</summary>
    public string Display(Language language) =>
        _textOrKind is EnumLabels labels ? labels.Label(_labelValue, language) : ToString();
}
