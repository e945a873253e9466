using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using System.Threading;
using ClustersTic.Internal;
using ClustersTic.Text;

namespace ClustersTic.Decisions;

/// <summary>
/// One reason of a decision: a stable code, the rule it is about, its severity and status, and the values it
/// concerns. Its text is rendered on demand, in French (default) or English.
/// </summary>
/// <remarks>Findings are data: creating one formats no message. Immutable and thread-safe.</remarks>
public sealed class Finding : IEquatable<Finding>
{
    private readonly FindingDefinition _definition;

    // Up to two arguments are kept inline and unformatted (a date stays a date until text or JSON is asked
    // for), so that a finding is one object; findings with more arguments keep them in an array.
    private readonly string? _name0;
    private readonly ArgumentValue _value0;
    private readonly string? _name1;
    private readonly ArgumentValue _value1;
    private readonly (string Name, ArgumentValue Value)[]? _many;
    private IReadOnlyList<FindingArgument>? _arguments;

    private Finding(FindingDefinition definition, string? name0, ArgumentValue value0, string? name1, ArgumentValue value1, (string Name, ArgumentValue Value)[]? many)
    {
        _definition = definition;
        _name0 = name0;
        _value0 = value0;
        _name1 = name1;
        _value1 = value1;
        _many = many;
    }

    /// <summary>The stable code, such as <c>CL-2.company-club</c> (see <see cref="FindingCodes"/>).</summary>
    public string Code => _definition.Code;

    /// <summary>The rule id, such as <c>CL-2</c>.</summary>
    public string RuleId => _definition.RuleId;

    /// <summary>How much the finding weighs on the decision.</summary>
    public FindingSeverity Severity => _definition.Severity;

    /// <summary>Whether the rule failed, could not be checked, or the finding only informs.</summary>
    public FindingStatus Status => _definition.Status;

    /// <summary>The values the finding is about, in the order of the message placeholders.</summary>
    /// <remarks>Built, with the values as invariant text, the first time it is read.</remarks>
    public IReadOnlyList<FindingArgument> Arguments =>
        Volatile.Read(ref _arguments) ?? LazyInitializer.EnsureInitialized(ref _arguments, BuildArguments)!;

    /// <summary>The number of arguments.</summary>
    internal int ArgumentCount => _many?.Length ?? (_name1 is not null ? 2 : _name0 is not null ? 1 : 0);

    internal static Finding Create(FindingDefinition definition) => new(definition, null, default, null, default, null);

    internal static Finding Create(FindingDefinition definition, string name, ArgumentValue value) =>
        new(definition, name, value, null, default, null);

    internal static Finding Create(FindingDefinition definition, (string Name, ArgumentValue Value) first, (string Name, ArgumentValue Value) second) =>
        new(definition, first.Name, first.Value, second.Name, second.Value, null);

    internal static Finding Create(FindingDefinition definition, params (string Name, ArgumentValue Value)[] arguments) =>
        arguments.Length switch
        {
            0 => Create(definition),
            1 => Create(definition, arguments[0].Name, arguments[0].Value),
            2 => Create(definition, arguments[0], arguments[1]),
            _ => new(definition, null, default, null, default, arguments),
        };

    internal string ArgumentName(int index) => _many is not null ? _many[index].Name : index == 0 ? _name0! : _name1!;

    internal ArgumentValue ArgumentValueAt(int index) => _many is not null ? _many[index].Value : index == 0 ? _value0 : _value1;

    private IReadOnlyList<FindingArgument> BuildArguments()
    {
        int count = ArgumentCount;
        if (count == 0)
        {
            return ReadOnly.Empty<FindingArgument>.List;
        }

        var list = new FindingArgument[count];
        for (int i = 0; i < count; i++)
        {
            list[i] = new FindingArgument(ArgumentName(i), ArgumentValueAt(i).ToString());
        }

        return new ReadOnlyCollection<FindingArgument>(list);
    }

    /// <summary>The value of an argument, or null.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>The value, or null when the finding has no such argument.</returns>
    public string? GetArgument(string name)
    {
        int index = IndexOf(name);
        return index < 0 ? null : ArgumentValueAt(index).ToString();
    }

    /// <summary>The finding's message in a language, with its placeholders filled.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string GetMessage(Language language) => Render(_definition.Messages.In(language), language);

    /// <summary>The finding's message in the language of a culture (<see cref="Languages.FromCulture"/>:
    /// <c>en-*</c> English, any other French).</summary>
    /// <param name="culture">The culture, such as <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetMessage(System.Globalization.CultureInfo culture) => GetMessage(Languages.FromCulture(culture));

    /// <summary><c>[code] message</c> in French.</summary>
    /// <returns>The finding as text.</returns>
    public override string ToString() => "[" + Code + "] " + GetMessage(Language.French);

    /// <inheritdoc />
    public bool Equals(Finding? other)
    {
        if (other is null)
        {
            return false;
        }

        int count = ArgumentCount;
        if (!string.Equals(Code, other.Code, StringComparison.Ordinal) || count != other.ArgumentCount)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            if (!string.Equals(ArgumentName(i), other.ArgumentName(i), StringComparison.Ordinal) || !ArgumentValueAt(i).Equals(other.ArgumentValueAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ ArgumentCount;

    private int IndexOf(string name)
    {
        int count = ArgumentCount;
        for (int i = 0; i < count; i++)
        {
            if (string.Equals(ArgumentName(i), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private string Render(string template, Language language)
    {
        var builder = new StringBuilder(template.Length + 32);
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            int close = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close > i)
            {
                string name = template.Substring(i + 1, close - i - 1);
                int index = IndexOf(name);
                builder.Append(index < 0 ? "{" + name + "}" : ArgumentValueAt(index).Display(language));
                i = close + 1;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }
}
