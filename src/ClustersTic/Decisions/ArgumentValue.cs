using System;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Decisions;

/// <summary>
/// The value of a finding argument as the rule had it — text, a date or a NAF code — formatted (invariant
/// culture, ISO dates) only when a message, <see cref="Finding.Arguments"/> or JSON asks for it.
/// </summary>
internal readonly struct ArgumentValue : IEquatable<ArgumentValue>
{
    private readonly string? _text;
    private readonly LocalDate _date;
    private readonly NafCode _naf;
    private readonly Kind _kind;

    private ArgumentValue(string? text, LocalDate date, NafCode naf, Kind kind)
    {
        _text = text;
        _date = date;
        _naf = naf;
        _kind = kind;
    }

    private enum Kind : byte
    {
        Text,
        Date,
        Naf,
    }

    public static implicit operator ArgumentValue(string text) => new(Preconditions.CheckNotNull(text), default, default, Kind.Text);

    public static implicit operator ArgumentValue(LocalDate date) => new(null, date, default, Kind.Date);

    public static implicit operator ArgumentValue(NafCode code) => new(null, default, code, Kind.Naf);

    public bool Equals(ArgumentValue other) => _kind switch
    {
        _ when _kind != other._kind => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal),
        Kind.Date => _date == other._date,
        Kind.Naf => _naf == other._naf,
        _ => string.Equals(_text, other._text, StringComparison.Ordinal),
    };

    public override bool Equals(object? obj) => obj is ArgumentValue other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    public override string ToString() => _kind switch
    {
        Kind.Date => Invariant.Date(_date),
        Kind.Naf => _naf.ToString(),
        _ => _text!,
    };
}
