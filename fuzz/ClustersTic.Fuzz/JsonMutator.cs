using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace ClustersTic.Fuzz;

/// <summary>A seeded mutator of JSON documents (shared by the fuzz harness and the unit tests): structure-aware edits (replace a value with another type,
/// remove or add members, nest deeply, huge numbers) and text edits (truncate, delete, duplicate, insert
/// tokens, flip characters).</summary>
public sealed class JsonMutator(int seed)
{
    private static readonly string[] Tokens = ["null", "1e400", "-0", "NaN", "[", "]", "{", "}", "\"", ",", ":", "true", "\"\\u0000\"", "9999999999999999999999999999999", "\"0000-01-01\"", "\"9999-12-31\"", "\"P0D\"", "-1"];

    private readonly Random _random = new(seed);

    public string Mutate(string json)
    {
        int edits = 1 + _random.Next(3);
        for (int i = 0; i < edits; i++)
        {
            json = _random.Next(3) == 0 ? MutateText(json) : MutateStructure(json);
        }

        return json;
    }

    private string MutateText(string json)
    {
        if (json.Length == 0)
        {
            return Tokens[_random.Next(Tokens.Length)];
        }

        int at = _random.Next(json.Length);
        int length = Math.Min(json.Length - at, 1 + _random.Next(40));
        return _random.Next(5) switch
        {
            0 => json.Substring(0, at),
            1 => json.Remove(at, length),
            2 => json.Insert(at, json.Substring(at, length)),
            3 => json.Insert(at, Tokens[_random.Next(Tokens.Length)]),
            _ => FlipCharacter(json, at),
        };
    }

    private string FlipCharacter(string json, int at)
    {
        var builder = new StringBuilder(json);
        builder[at] = (char)_random.Next(1, 0x3000);
        return builder.ToString();
    }

    private string MutateStructure(string json)
    {
        try
        {
            return MutateStructureOrThrow(json);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            // The text no longer parses as a JSON tree (for example duplicate keys from a text edit).
            return MutateText(json);
        }
    }

    private string MutateStructureOrThrow(string json)
    {
        JsonNode? root = JsonNode.Parse(json);

        if (root is null)
        {
            return "{}";
        }

        JsonNode[] nodes = root.DescendantsAndSelf().ToArray();
        JsonNode target = nodes[_random.Next(nodes.Length)];
        switch (_random.Next(6))
        {
            case 0 when target.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                break;
            case 1 when target is JsonObject obj:
                obj["unexpected" + _random.Next(100)] = RandomValue();
                break;
            case 2 when target.Parent is JsonObject parent:
                parent[target.GetPropertyName()] = RandomValue();
                break;
            case 3 when target.Parent is JsonArray array:
                array[target.GetElementIndex()] = RandomValue();
                break;
            case 4 when target is JsonArray array:
                for (int i = 0, n = _random.Next(1, 50); i < n; i++)
                {
                    array.Add(array.Count > 0 ? array[0]?.DeepClone() : RandomValue());
                }

                break;
            default:
                if (target.Parent is JsonObject p)
                {
                    p[target.GetPropertyName()] = JsonNode.Parse(new string('[', 40) + new string(']', 40));
                }

                break;
        }

        return root.ToJsonString();
    }

    private JsonNode? RandomValue() => _random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(-5, 5)),
        2 => JsonValue.Create(1e300),
        3 => JsonValue.Create(new string('x', _random.Next(0, 20_000))),
        4 => JsonValue.Create(true),
        5 => new JsonObject(),
        6 => new JsonArray(),
        7 => JsonValue.Create("2027-02-30"),
        _ => JsonValue.Create("P-1M"),
    };
}

public static class JsonNodeExtensions
{
    public static System.Collections.Generic.IEnumerable<JsonNode> DescendantsAndSelf(this JsonNode node)
    {
        yield return node;
        if (node is JsonObject obj)
        {
            foreach (var child in obj.Select(kv => kv.Value).Where(v => v is not null).SelectMany(v => v!.DescendantsAndSelf()))
            {
                yield return child;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.Where(v => v is not null).SelectMany(v => v!.DescendantsAndSelf()))
            {
                yield return child;
            }
        }
    }
}
