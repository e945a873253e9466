using System;
using BenchmarkDotNet.Attributes;
using ClustersTic.Identifiers;

namespace ClustersTic.Benchmarks;

/// <summary>Parsing identifiers: the library against a hand-written Luhn check of the same digits.</summary>
[MemoryDiagnoser]
public class IdentifierBenchmarks
{
    private const string SirenText = "732 829 320";
    private const string SiretText = "73282932000074";

    [Benchmark(Baseline = true)]
    public bool HandWrittenSirenCheck()
    {
        int sum = 0;
        int n = 0;
        for (int i = SirenText.Length - 1; i >= 0; i--)
        {
            char c = SirenText[i];
            if (c == ' ')
            {
                continue;
            }

            int d = c - '0';
            if ((n & 1) == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
            n++;
        }

        return n == 9 && sum % 10 == 0;
    }

    [Benchmark]
    public bool SirenTryParse() => Siren.TryParse(SirenText, out _);

    [Benchmark]
    public bool SiretTryParse() => Siret.TryParse(SiretText, out _);

    [Benchmark]
    public bool NafTryParse() => NafCode.TryParse("62.01Z".AsSpan(), out _);
}
