using System;
using System.Collections.Generic;

namespace ClustersTic.Cli.Tabular;

/// <summary>One data row of a table: its line as a spreadsheet shows it (the header is line 1) and its cells, in
/// the header's column order (a cell the row does not have is null).</summary>
internal readonly record struct TableRow(int Line, string?[] Cells, int ExtraCells);

/// <summary>A table read from a CSV or an <c>.xlsx</c> file, one row at a time (memory independent of the number
/// of rows).</summary>
internal abstract class TableReader : IDisposable
{
    /// <summary>The header's cells, as written.</summary>
    public abstract IReadOnlyList<string> Header { get; }

    /// <summary>How far into the file the reader is, in bytes (for the progress bar).</summary>
    public abstract long Position { get; }

    /// <summary>The file's length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>The data rows, in file order; blank rows are skipped. Throws <see cref="TableException"/> when the
    /// file cannot be read past a point (the message says where).</summary>
    public abstract IEnumerable<TableRow> Rows();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the file.</summary>
    protected abstract void Dispose(bool disposing);

    /// <summary>Whether every cell is empty or white space.</summary>
    protected static bool IsBlank(string?[] cells, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A file that cannot be read as a table (or not past a point): the message says what and where, in
/// French and English.</summary>
internal sealed class TableException(string french, string english) : Exception(english)
{
    public string French { get; } = french;

    public string English { get; } = english;

    public string In(Texts texts) => texts.T(French, English);
}
