using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.DataSets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClustersTic.Extensions.DependencyInjection;

/// <summary>
/// Loads data sets in an application, logging what was loaded (counts of clusters, companies, assessments and
/// signatures, bytes, time) or why it was rejected (the number of problems and the first ones). Registered by
/// <c>AddClustersTic</c>; the loading itself is <see cref="DataSet.LoadAsync"/>, with its limits and exceptions.
/// </summary>
/// <remarks>Thread-safe. Logs under the category <c>ClustersTic</c> (event ids 3 and 4); without logging
/// registered, it only loads.</remarks>
public sealed class DataSetLoader
{
    private const int ProblemsLogged = 5;
    private readonly ILogger _logger;

    /// <summary>Creates a loader that logs to <paramref name="loggerFactory"/> (none: no logging).</summary>
    /// <param name="loggerFactory">The application's logger factory, or null.</param>
    public DataSetLoader(ILoggerFactory? loggerFactory = null) =>
        _logger = loggerFactory?.CreateLogger("ClustersTic") ?? NullLogger.Instance;

    /// <summary>Loads a data set from a stream of UTF-8 JSON, reading it asynchronously.</summary>
    /// <param name="utf8Json">The stream (a request body, a file); it is read, not closed.</param>
    /// <param name="source">What the stream is, for the log (a file name, "request body").</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DataSetValidationException">The content is not a valid data set; every problem is listed
    /// (and the first ones are logged).</exception>
    public async Task<DataSet> LoadAsync(Stream utf8Json, string source, CancellationToken cancellationToken = default)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        var counted = new CountingStream(utf8Json);
        var time = Stopwatch.StartNew();
        try
        {
            DataSet dataSet = await DataSet.LoadAsync(counted, cancellationToken).ConfigureAwait(false);
            Log.DataSetLoaded(_logger, source ?? "stream", dataSet.Clusters.Count, dataSet.Companies.Count, dataSet.Assessments.Count, dataSet.Signatures.Count, counted.BytesRead, time.ElapsedMilliseconds);
            return dataSet;
        }
        catch (DataSetValidationException e) when (_logger.IsEnabled(LogLevel.Warning))
        {
            string first = string.Join("; ", System.Linq.Enumerable.Take(e.Problems, ProblemsLogged));
            Log.DataSetRejected(_logger, source ?? "stream", e.Problems.Count, first);
            throw;
        }
    }

    /// <summary>Loads a data set from a UTF-8 JSON file, reading it asynchronously.</summary>
    /// <param name="path">The file's path (also named in the log).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DataSetValidationException">The content is not a valid data set; every problem is listed.</exception>
    public async Task<DataSet> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        return await LoadAsync(stream, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts the bytes read through it (for the log).</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
#if NET8_0_OR_GREATER
            int read = await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);
#else
            int read = await inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
#endif
            BytesRead += read;
            return read;
        }

#if NET8_0_OR_GREATER
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            BytesRead += read;
            return read;
        }
#endif

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
