using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Tests.Lifecycle;

public sealed class LifecycleTransitionTests
{
    [Fact]
    public void AfterSeconds_WhenNegative_ShouldThrow() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LifecycleTransition.AfterSeconds(-1));

    [Fact]
    public void AfterDescribes_WhenZero_ShouldThrow() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LifecycleTransition.AfterDescribes(0));

    [Fact]
    public void FileSystemCreation_WhenNotConfigured_ShouldNotBeInstant()
    {
        var transition = Assert.IsType<AfterSecondsTransition>(new SimulatorOptions().FileSystemCreation);

        Assert.Equal(TimeSpan.FromSeconds(30), transition.Delay);
    }

    [Fact]
    public void AfterSeconds_WhenComparedWithSameDelay_ShouldBeEqual() =>
        Assert.Equal(LifecycleTransition.AfterSeconds(5), LifecycleTransition.AfterSeconds(5));
}
