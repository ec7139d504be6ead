package org.sendready.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowPlacementTest {
    private static final List<Rectangle2D> TWO_SCREENS =
            List.of(new Rectangle2D(0, 0, 1920, 1050), new Rectangle2D(1920, 0, 1280, 1024));

    @ParameterizedTest
    @CsvSource({
        // on the first screen
        "100, 100, true",
        // on the second screen
        "2100, 50, true",
        // title bar just below the top of the first screen
        "100, 0, true",
        // left of every screen: the monitor there was unplugged
        "-1500, 100, false",
        // below every screen
        "100, 1200, false",
        // title bar above the screens, only the bottom of the window shows
        "100, -300, false",
        // only 50 px of the title bar on the right edge of the second screen
        "3150, 100, false"
    })
    void visibleOn_needsTheTitleBarOnAScreen(double x, double y, boolean visible) {
        var placement = new WindowPlacement(x, y, 1120, 780, false);

        assertThat(placement.visibleOn(TWO_SCREENS)).isEqualTo(visible);
    }

    @Test
    void windowSettings_keepThePlacementAcrossRuns(@TempDir Path settings) {
        var placement = new WindowPlacement(40, 60, 1300, 900, true);

        new WindowSettings(settings).write(placement);

        assertThat(new WindowSettings(settings).read()).contains(placement);
    }

    @Test
    void windowSettings_ignoreASizeTooSmallToUse(@TempDir Path settings) {
        new WindowSettings(settings).write(new WindowPlacement(0, 0, 200, 100, false));

        assertThat(new WindowSettings(settings).read()).isEmpty();
    }

    @Test
    void windowSettings_readNothing_beforeTheFirstClose(@TempDir Path settings) {
        assertThat(new WindowSettings(settings).read()).isEmpty();
    }
}
