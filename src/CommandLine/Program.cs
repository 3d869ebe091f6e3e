using System.Globalization;
using KnowledgeSite.CommandLine;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
return await CommandLineInterface.RunAsync(args, ConsoleStreams.System, CancellationToken.None);
