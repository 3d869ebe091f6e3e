namespace KnowledgeSite.Rendering;

/// <summary>Where each file of the site goes as soon as its bytes are final, while the build goes on.</summary>
public interface IOutputSink
{
    /// <summary>Takes one finished file; called from several threads at once.</summary>
    /// <returns>What the build keeps of the file: the file itself, or one that only says where it was written.</returns>
    OutputFile Keep(OutputFile file);
}
