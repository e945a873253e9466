namespace ClustersTic.Internal;

/// <summary>Small text helpers for messages.</summary>
internal static class TextHelpers
{
    /// <summary>Cuts a text shown in a message to 40 characters, so that huge inputs give short messages.</summary>
    public static string Shorten(string text) =>
#if NET8_0_OR_GREATER
        text.Length > 40 ? string.Concat(System.MemoryExtensions.AsSpan(text, 0, 40), "…") : text;
#else
        text.Length > 40 ? text.Substring(0, 40) + "…" : text;
#endif
}
