using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using ClustersTic.Text;

namespace ClustersTic.Decisions;

/// <summary>
/// One reason of a decision: a stable code, the rule it is about, its severity and status, and the values it
/// concerns. Its text is rendered on demand, in French (default) or English.
/// </summary>
/// <remarks>Findings are data: creating one formats no message. Immutable and thread-safe.</remarks>
public sealed class Finding : IEquatable<Finding>
{
    private static readonly IReadOnlyList<FindingArgument> NoArguments = new ReadOnlyCollection<FindingArgument>(Array.Empty<FindingArgument>());

    private readonly FindingDefinition _definition;

    private Finding(FindingDefinition definition, IReadOnlyList<FindingArgument> arguments)
    {
        _definition = definition;
        Arguments = arguments;
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
    public IReadOnlyList<FindingArgument> Arguments { get; }

    internal static Finding Create(string code) => new(FindingCatalog.Get(code), NoArguments);

    internal static Finding Create(string code, string name, string value) =>
        new(FindingCatalog.Get(code), new ReadOnlyCollection<FindingArgument>(new[] { new FindingArgument(name, value) }));

    internal static Finding Create(string code, (string Name, string Value) first, (string Name, string Value) second) =>
        new(FindingCatalog.Get(code), new ReadOnlyCollection<FindingArgument>(new[] { new FindingArgument(first.Name, first.Value), new FindingArgument(second.Name, second.Value) }));

    internal static Finding Create(string code, params (string Name, string Value)[] arguments)
    {
        var list = new FindingArgument[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            list[i] = new FindingArgument(arguments[i].Name, arguments[i].Value);
        }

        return new Finding(FindingCatalog.Get(code), new ReadOnlyCollection<FindingArgument>(list));
    }

    /// <summary>The value of an argument, or null.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>The value, or null when the finding has no such argument.</returns>
    public string? GetArgument(string name)
    {
        foreach (FindingArgument argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The finding's message in a language, with its placeholders filled.</summary>
    /// <param name="language">The language; French by default.</param>
    /// <returns>The message.</returns>
    public string GetMessage(Language language = Language.French) => Render(_definition.Messages.In(language), Arguments, language);

    /// <summary><c>[code] message</c> in French.</summary>
    /// <returns>The finding as text.</returns>
    public override string ToString() => "[" + Code + "] " + GetMessage();

    /// <inheritdoc />
    public bool Equals(Finding? other)
    {
        if (other is null || !string.Equals(Code, other.Code, StringComparison.Ordinal) || Arguments.Count != other.Arguments.Count)
        {
            return false;
        }

        for (int i = 0; i < Arguments.Count; i++)
        {
            if (!Arguments[i].Equals(other.Arguments[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ Arguments.Count;

    internal static string Render(string template, IReadOnlyList<FindingArgument> arguments, Language language)
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
                string? value = null;
                foreach (FindingArgument argument in arguments)
                {
                    if (string.Equals(argument.Name, name, StringComparison.Ordinal))
                    {
                        value = FindingCatalog.DisplayValue(argument.Name, argument.Value, language);
                        break;
                    }
                }

                builder.Append(value ?? "{" + name + "}");
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
