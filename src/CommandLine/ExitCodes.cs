namespace KnowledgeSite.CommandLine;

/// <summary>The process exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalFailure = 3;
}
