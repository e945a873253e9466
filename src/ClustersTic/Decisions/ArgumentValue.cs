using System;
using System.Runtime.InteropServices;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
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

    [FieldOffset(0)]
    private readonly object? _textOrKind;

    [FieldOffset(8)]
    private readonly LocalDate _date;

    [FieldOffset(8)]
    private readonly NafCode _naf;

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

    private enum Kind : byte
    {
        Text,
        Date,
        Naf,
    }

    private Kind ValueKind => ReferenceEquals(_textOrKind, DateMarker) ? Kind.Date : ReferenceEquals(_textOrKind, NafMarker) ? Kind.Naf : Kind.Text;

    public static implicit operator ArgumentValue(string text) => new(Preconditions.CheckNotNull(text));

    public static implicit operator ArgumentValue(LocalDate date) => new(date);

    public static implicit operator ArgumentValue(NafCode code) => new(code);

    public bool Equals(ArgumentValue other) => ValueKind switch
    {
        Kind kind when kind != other.ValueKind => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal),
        Kind.Date => _date == other._date,
        Kind.Naf => _naf == other._naf,
        _ => string.Equals((string?)_textOrKind, (string?)other._textOrKind, StringComparison.Ordinal),
    };

    public override bool Equals(object? obj) => obj is ArgumentValue other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    public override string ToString() => ValueKind switch
    {
        Kind.Date => Invariant.Date(_date),
        Kind.Naf => _naf.ToString(),
        _ => (string)_textOrKind!,
    };
}
