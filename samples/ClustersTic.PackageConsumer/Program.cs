using System;
using System.IO;
using ClustersTic;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Reports;
using ClustersTic.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

// A cluster's application: Generic Host, ClustersTic from its packages, companies from a JSON export.
string input = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "members.json");

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();

// A fixed "today" (registered before AddClustersTic, which only adds a clock when none is registered).
builder.Services.AddSingleton<IClock>(new FixedClock(Instant.FromUtc(2026, 11, 28, 9, 0)));
builder.Services.AddClustersTic(options => options.RuleSetId = "v1");

using IHost host = builder.Build();
ConsortiumRules rules = host.Services.GetRequiredService<ConsortiumRules>();

DataSet export = DataSet.LoadFile(input);
ConsortiumReport report = rules.Evaluate(export);
Console.WriteLine($"ClustersTic {typeof(ConsortiumRules).Assembly.GetName().Version} · rules {rules.GetRuleSet().Id} · {NodaTime.Text.LocalDatePattern.Iso.Format(rules.Today)}");
foreach (CompanyEligibilityDecision decision in report.Companies)
{
    Console.WriteLine(decision.Explain(Language.English));
}

return 0;

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
