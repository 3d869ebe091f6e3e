using KnowledgeSite.Cleaning;
using KnowledgeSite.Writing;

namespace KnowledgeSite.CommandLine;

public sealed record CleanRequest(string Root, string Output);

/// <summary>Clean: remove the output folder this tool wrote, and what an interrupted build left beside it.</summary>
public static class CleanCommand
{
    public static int Run(CleanRequest request, ConsoleStreams console)
    {
        CleanResult result;
        try
        {
            result = OutputCleaner.Clean(Path.Combine(request.Root, request.Output));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: could not remove {request.Output}/: {ex.Message}");
            console.Error.WriteLine("Fix: close programs that hold files in it open (such as a running preview), then run clean again.");
            return ExitCodes.ContentErrors;
        }

        if (result.Refused)
        {
            console.Error.WriteLine($"error: {request.Output} was not removed: {result.Refusal}.");
            console.Error.WriteLine("Fix: delete it yourself if you are sure, or pass the folder the site was built into with --output.");
            return ExitCodes.ContentErrors;
        }

        var removed = new List<string>();
        if (result.RemovedOutput)
            removed.Add($"{request.Output}/ ({CleaningSummary.Plural(result.RemovedFiles, "file")})");
        if (result.RemovedLeftovers.Count > 0)
            removed.Add($"{CleaningSummary.Plural(result.RemovedLeftovers.Count, "leftover staging folder")} ({string.Join(", ", result.RemovedLeftovers)})");
        console.Out.WriteLine(removed.Count == 0
            ? $"Nothing to remove: {request.Output}/ does not exist."
            : $"Removed {string.Join(" and ", removed)}.");
        return ExitCodes.Success;
    }
}
