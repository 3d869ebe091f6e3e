using KnowledgeSite.Tests.Support;
using KnowledgeSite.Writing;

namespace KnowledgeSite.Tests.Writing;

public class OutputCleanerTests
{
    [Fact]
    public void Leftovers_of_another_output_folder_are_not_touched()
    {
        using var project = new TestProject(withRealTheme: false);
        project.Write(".public.staging-1/index.html", "another output's staging");
        project.Write(".output.staging-1/index.html", "ours");

        var result = OutputCleaner.Clean(Path.Combine(project.Root, "output"));

        Assert.Equal([".output.staging-1"], result.RemovedLeftovers);
        Assert.True(Directory.Exists(Path.Combine(project.Root, ".public.staging-1")));
    }

    [Fact]
    public void A_file_where_the_output_folder_should_be_is_refused()
    {
        using var project = new TestProject(withRealTheme: false);
        project.Write("output", "a file");

        var result = OutputCleaner.Clean(Path.Combine(project.Root, "output"));

        Assert.True(result.Refused);
        Assert.Equal("a file", File.ReadAllText(Path.Combine(project.Root, "output")));
    }
}
