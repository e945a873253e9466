using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using ClustersTic.DataSets;
using ClustersTic.Reports;
using ClustersTic.Samples;
using ClustersTic.Text;

namespace ClustersTic.Benchmarks;

/// <summary>
/// <c>--report-memory [count] [--to-json]</c>: builds a data set of <c>count</c> generated companies (200,000 by
/// default), evaluates it and writes the report with French messages to a null stream, and prints the managed
/// memory the data set holds, the peak managed memory while evaluating and writing (sampled every millisecond,
/// garbage not yet collected included), the process's peak working set and the time. <c>--to-json</c> writes with
/// <c>ToJson()</c> instead, for comparison. One run per process: the numbers are the process's.
/// </summary>
internal static class ReportMemory
{
    public static void Run(int count, bool toJson)
    {
        var data = new BenchmarkData(batchSize: 0);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        DataSet dataSet = new(SampleData.Load().Clusters, BenchmarkData.Generate(count, 2026), [], []);
        long loaded = GC.GetTotalMemory(forceFullCollection: true) - before;

        long peak = 0;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                long now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > peak)
                {
                    peak = now;
                }

                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        sampler.Start();

        var time = Stopwatch.StartNew();
        ConsortiumReport report = data.Rules.Evaluate(dataSet, BenchmarkData.AsOf);
        long written;
        if (toJson)
        {
            written = System.Text.Encoding.UTF8.GetByteCount(report.ToJson(Language.French));
        }
        else
        {
            var counter = new CountingStream();
            report.WriteToAsync(counter, Language.French).GetAwaiter().GetResult();
            written = counter.Length;
        }

        time.Stop();
        done.Set();
        sampler.Join();
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(report);

        double peakAbove = peak - before;
        Console.WriteLine($"companies: {report.Companies.Count:N0}; written with {(toJson ? "ToJson()" : "WriteToAsync")}: {written / 1e6:N1} MB of JSON in {time.Elapsed.TotalSeconds:N2} s");
        Console.WriteLine($"managed memory: data set {loaded / 1e6:N1} MB; peak while evaluating and writing {peakAbove / 1e6:N1} MB ({peakAbove / loaded:N2}× the data set); after, with the report kept: {retained / 1e6:N1} MB");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N1} MB");
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
