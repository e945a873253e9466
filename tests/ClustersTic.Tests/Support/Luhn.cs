namespace ClustersTic.Tests.Support;

/// <summary>An independent Luhn implementation used to build test data (not the library's).</summary>
internal static class Luhn
{
    /// <summary>The digit that completes <paramref name="prefix"/> so that it passes Luhn.</summary>
    public static int CheckDigit(string prefix)
    {
        int sum = 0;
        // The check digit will sit at the rightmost place, so the prefix's last digit is doubled.
        for (int i = 0; i < prefix.Length; i++)
        {
            int d = prefix[prefix.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }

    public static string Complete(string prefix) => prefix + CheckDigit(prefix);
}
