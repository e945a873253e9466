using ClustersTic.Extensions.DependencyInjection;
using ClustersTic.HostingSample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The usual Generic Host set-up: ClustersTic is one line, configured from appsettings.json ("ClustersTic" section:
// RuleSetId or RuleSetFile; none follows the date). A wrong id stops the host at start, every problem listed
// (try: dotnet run --project samples/ClustersTic.HostingSample -- --ClustersTic:RuleSetId=v9).
HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.Services.AddClustersTic(builder.Configuration.GetSection(ClustersTicOptions.SectionName));
builder.Services.AddHostedService<MemberCheckService>();
using IHost host = builder.Build();
await host.RunAsync();
