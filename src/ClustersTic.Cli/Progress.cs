using System;
using System.Diagnostics;
using ClustersTic.Cli.Tabular;
using ClustersTic.Text;

namespace ClustersTic.Cli;

/// <summary>A progress line on standard error while a large table is read (over 1 MB): percent of the file and
/// rows per second, redrawn at most four times a second; only when standard error is a terminal, so that nothing
/// reaches a log or a calling program.</summary>
internal sealed class Progress : IDisposable
{
    private const long LargeFile = 1 << 20;
    private readonly TableReader _table;
    private readonly Texts _texts;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _rows;
    private long _lastDraw;
    private bool _drawn;

    public Progress(TableReader table, Texts texts, bool? enabled = null)
    {
        _table = table;
        _texts = texts;
        _enabled = enabled ?? (!Console.IsErrorRedirected && table.Length > LargeFile);
    }

    public void Tick()
    {
        _rows++;
        // The first line as soon as 1,024 rows are read (however fast the machine), then at most four a second.
        if (!_enabled || (_rows & 1023) != 0 || (_drawn && _clock.ElapsedMilliseconds - _lastDraw < 250))
        {
            return;
        }

        _lastDraw = _clock.ElapsedMilliseconds;
        _drawn = true;
        Console.Error.Write("\r" + Line(_table.Position, _table.Length, _rows, _clock.Elapsed.TotalSeconds, _texts) + "   ");
    }

    public void Dispose()
    {
        if (_enabled && _drawn)
        {
            Console.Error.Write("\r" + new string(' ', 60) + "\r");
        }
    }

    /// <summary>The line drawn: <c>42 % — 120 000 lignes, 85 000 lignes/s</c>.</summary>
    internal static string Line(long position, long length, long rows, double seconds, Texts t)
    {
        int percent = length > 0 ? (int)Math.Min(100, position * 100 / length) : 0;
        long rate = seconds > 0 ? (long)(rows / seconds) : 0;
        return Prose.Number(percent, t.Language) + t.T("\u202F%", "%")
            + " — " + Prose.Number(rows, t.Language) + t.T(" lignes, ", " rows, ") + Prose.Number(rate, t.Language) + t.T(" lignes/s", " rows/s");
    }
}
