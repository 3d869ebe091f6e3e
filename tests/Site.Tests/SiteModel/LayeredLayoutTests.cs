using KnowledgeSite.SiteModel;
using KnowledgeSite.SiteModel.Layered;

namespace KnowledgeSite.Tests.SiteModel;

public class LayeredLayoutTests
{
    private static readonly LayeredLayout.Options Options = new(Margin: 10,
        new CoordinateAssignment.Spacing(BoxGap: 20, DummyGap: 8, DummyWidth: 8, LayerGap: 40));

    private static LayeredGraph Graph(int boxes, params (int From, int To)[] edges) =>
        new(Enumerable.Repeat(new BoxSize(100, 40), boxes).ToList(), edges.Select(e => new GraphEdge(e.From, e.To)).ToList());

    [Fact]
    public void Three_edges_drawn_crossed_in_input_order_are_uncrossed()
    {
        // a b c above, d e f below; a–f, b–e, c–d cross pairwise (3) in input order, 0 is possible.
        var drawing = LayeredLayout.Lay(Graph(6, (0, 5), (1, 4), (2, 3)), Options);

        Assert.Equal(3, drawing.InitialCrossings);
        Assert.Equal(0, drawing.Crossings);
    }

    [Fact]
    public void A_graph_that_must_cross_keeps_its_minimum_of_crossings()
    {
        // Two boxes each joined to the same two boxes below (K2,2) cross exactly once however drawn;
        // a fifth box under a and d adds nothing if it is placed well.
        var drawing = LayeredLayout.Lay(Graph(5, (0, 2), (0, 3), (1, 2), (1, 3), (3, 4)), Options);

        Assert.Equal(1, drawing.Crossings);
    }

    [Fact]
    public void A_long_edge_takes_a_lane_beside_the_box_it_passes()
    {
        // a → b → c and a → c: the long edge a → c passes b's layer and must not cross b's box.
        var drawing = LayeredLayout.Lay(Graph(3, (0, 1), (1, 2), (0, 2)), Options);
        var b = drawing.Boxes[1];
        var route = drawing.Edges[2].Points;

        Assert.True(route.Count >= 4, "the long edge goes through its dummy's top and bottom");
        Assert.All(route.Where(p => p.Y >= b.Y && p.Y <= b.Bottom), p => Assert.True(p.X < b.X || p.X > b.Right, $"{p} is inside b's box {b}"));
        Assert.Equal(drawing.Boxes[0].Bottom, route[0].Y);
        Assert.Equal(drawing.Boxes[2].Y, route[^1].Y);
    }

    [Fact]
    public void A_cycle_is_laid_out_with_one_edge_drawn_upwards_still_pointing_at_its_target()
    {
        var drawing = LayeredLayout.Lay(Graph(3, (0, 1), (1, 2), (2, 0)), Options);

        Assert.Single(drawing.Edges, e => e.Reversed);
        var back = drawing.Edges[2];
        Assert.True(back.Reversed);
        // From c (lowest) up to a: the route starts on c's top side and ends on a's bottom side.
        Assert.Equal(drawing.Boxes[2].Y, back.Points[0].Y);
        Assert.Equal(drawing.Boxes[0].Bottom, back.Points[^1].Y);
        Assert.True(drawing.Boxes[0].Bottom < drawing.Boxes[1].Y && drawing.Boxes[1].Bottom < drawing.Boxes[2].Y, "a, b, c in three layers");
    }

    [Fact]
    public void An_undirected_edge_runs_whichever_way_keeps_the_drawing_short()
    {
        // a → b, and c undirected with a: pointing c → a would need a third layer, a → c does not.
        var graph = new LayeredGraph(Enumerable.Repeat(new BoxSize(100, 40), 3).ToList(),
            [new GraphEdge(0, 1), new GraphEdge(2, 0, Directed: false)]);
        var drawing = LayeredLayout.Lay(graph, Options);

        Assert.Equal(2, drawing.Boxes.Select(b => b.Y).Distinct().Count());
        Assert.True(drawing.Edges[1].Reversed);
    }

    [Fact]
    public void Edges_meeting_one_box_end_at_different_points_of_its_side()
    {
        var drawing = LayeredLayout.Lay(Graph(4, (0, 3), (1, 3), (2, 3)), Options);
        var ends = drawing.Edges.Select(e => e.Points[^1]).ToList();

        Assert.Equal(3, ends.Select(p => p.X).Distinct().Count());
        Assert.All(ends, p => Assert.InRange(p.X, drawing.Boxes[3].X + 1, drawing.Boxes[3].Right - 1));
        Assert.Equal(ends.Select(p => p.X).Order(), ends.Select(p => p.X));   // in the order of the boxes they come from
    }

    [Fact]
    public void A_layer_holds_no_more_boxes_than_allowed()
    {
        var wide = Graph(7, (0, 6), (1, 6), (2, 6), (3, 6), (4, 6), (5, 6));
        var drawing = LayeredLayout.Lay(wide, Options with { MaxLayerWidth = 3 });

        Assert.All(drawing.Boxes.GroupBy(b => b.Y), layer => Assert.True(layer.Count() <= 3));
        Assert.All(drawing.Boxes.GroupBy(b => b.Y), layer =>
            Assert.All(layer.OrderBy(b => b.X).Zip(layer.OrderBy(b => b.X).Skip(1)), pair => Assert.True(pair.First.Right < pair.Second.X, "boxes of a layer do not overlap")));
    }

    [Fact]
    public void The_same_graph_gives_the_same_drawing()
    {
        LayeredGraph Make() => Graph(8, (0, 4), (1, 4), (2, 5), (3, 6), (4, 7), (5, 7), (6, 7), (0, 7), (7, 1), (2, 6), (3, 5));
        var first = LayeredLayout.Lay(Make(), Options);
        var second = LayeredLayout.Lay(Make(), Options);

        Assert.Equal(first.Boxes, second.Boxes);
        Assert.Equal(first.Edges.Select(e => ArgumentMapLayout.SmoothPath(e.Points)), second.Edges.Select(e => ArgumentMapLayout.SmoothPath(e.Points)));
        Assert.Equal((first.Width, first.Height), (second.Width, second.Height));
    }

    [Fact]
    public void A_self_loop_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LayeredLayout.Lay(Graph(2, (0, 1), (1, 1)), Options));
    }

    [Fact]
    public void Ordered_fit_keeps_order_and_gaps_and_otherwise_meets_the_wishes()
    {
        var placed = CoordinateAssignment.OrderedFit([0, 0, 100], [1, 1, 1], [10, 10]);

        Assert.Equal([-5, 5, 100], placed);
    }

    [Fact]
    public void A_smooth_path_is_straight_through_a_layer_and_curved_across_a_gap()
    {
        var d = ArgumentMapLayout.SmoothPath([new(10, 0), new(10, 20), new(50, 60)]);

        Assert.Equal("M10,0 V20 C10,40 50,40 50,60", d);
    }
}
