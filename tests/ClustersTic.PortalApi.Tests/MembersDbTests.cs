using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ClustersTic.Identifiers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClustersTic.PortalApi.Tests;

/// <summary>The EF Core mapping of the identifiers (HasConversion), with SQLite in memory.</summary>
public sealed class MembersDbTests : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");

    public MembersDbTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Identifiers_AreStoredAsTheirText_AndReadBack()
    {
        using (MembersDb db = Create())
        {
            await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
            db.Members.Add(new Member { Siren = Siren.Parse("005520135"), HeadOffice = Siret.Parse("00552013500004"), Activity = NafCode.Parse("6201Z"), Name = "Zéro Devant" });
            db.Members.Add(new Member { Siren = Siren.Parse("732829320"), Name = "Atelier Web Forez" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using (MembersDb db = Create())
        {
            Siren wanted = Siren.Parse("005 520 135");
            Member member = await db.Members.SingleAsync(m => m.Siren == wanted, TestContext.Current.CancellationToken);
            member.Name.Should().Be("Zéro Devant");
            member.HeadOffice.Should().Be(Siret.Parse("00552013500004"));
            member.Activity.Should().Be(NafCode.Parse("62.01Z"));
            (await db.Members.SingleAsync(m => m.Siren == Siren.Parse("732829320"), TestContext.Current.CancellationToken)).Activity.Should().BeNull();
        }

        using SqliteCommand raw = _connection.CreateCommand();
        raw.CommandText = "SELECT Siren || '|' || IFNULL(HeadOffice, '-') || '|' || IFNULL(Activity, '-') FROM Members ORDER BY Siren";
        var rows = new List<string>();
        using (SqliteDataReader reader = await raw.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                rows.Add(reader.GetString(0));
            }
        }

        rows.Should().Equal("005520135|00552013500004|62.01Z", "732829320|-|-");
    }

    [Fact]
    public async Task AValueThatNoLongerParses_IsAnError_NotADefault()
    {
        using MembersDb db = Create();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        using SqliteCommand insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO Members (Siren, Name) VALUES ('552100555', 'Saisie fausse')";
        await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        await FluentActions.Awaiting(() => db.Members.ToListAsync(TestContext.Current.CancellationToken)).Should().ThrowAsync<FormatException>().WithMessage("*check digits*");
    }

    private MembersDb Create() => new(new DbContextOptionsBuilder<MembersDb>().UseSqlite(_connection).Options);
}
