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
    private readonly Func<long> _position;
    private readonly long _length;
    private readonly bool _bytes;
    private readonly Texts _texts;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _rows;
    private long _lastDraw;
    private bool _drawn;
    private int _width;

    public Progress(TableReader table, Texts texts, bool? enabled = null)
        : this(() => table.Position, table.Length, texts, enabled)
    {
    }

    /// <summary>A progress line for any file read as a stream: where the reading is, and the file's length.</summary>
    public Progress(Func<long> position, long length, Texts texts, bool? enabled = null, bool bytes = false)
    {
        _bytes = bytes;
        _position = position;
        _length = length;
        _texts = texts;
        _enabled = enabled ?? (!Console.IsErrorRedirected && length > LargeFile);
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
        string line = Line(_position(), _length, _rows, _clock.Elapsed.TotalSeconds, _texts, _bytes) + "   ";
        _width = Math.Max(_width, line.Length);
        Console.Error.Write("\r" + line);
    }

    public void Dispose()
    {
        if (_enabled && _drawn)
        {
            Console.Error.Write("\r" + new string(' ', _width) + "\r");
        }
    }

    /// <summary>The line drawn: <c>42 % — 120 000 lignes, 85 000 lignes/s</c>; with <paramref name="bytes"/>,
    /// the megabytes read and in all after the percentage (<c>42 % — 1 203 Mo sur 2 864 Mo — …</c>).</summary>
    internal static string Line(long position, long length, long rows, double seconds, Texts t, bool bytes = false)
    {
        int percent = length > 0 ? (int)Math.Min(100, position * 100 / length) : 0;
        long rate = seconds > 0 ? (long)(rows / seconds) : 0;
        string read = bytes
            ? " — " + Prose.Number(position / 1_000_000, t.Language) + t.T(" Mo sur ", " MB of ") + Prose.Number(length / 1_000_000, t.Language) + t.T(" Mo", " MB")
            : string.Empty;
        return Prose.Number(percent, t.Language) + t.T("\u202F%", "%") + read
            + " — " + Prose.Number(rows, t.Language) + t.T(" lignes, ", " rows, ") + Prose.Number(rate, t.Language) + t.T(" lignes/s", " rows/s");
    }
}
