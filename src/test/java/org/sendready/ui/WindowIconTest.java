package org.sendready.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.ui.testing.TestWizard;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowIconTest {
    @TempDir static Path settings;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWizard.show(stage, settings);
    }

    @Test
    void window_carriesTheAppIcon_inEverySizeOfTheIconSet() throws TimeoutException {
        // Decoded in the background after the window shows.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertThat(stage.getIcons())
                .as("icons/png rendered from icons/sendready.svg, copied beside the wizard's CSS")
                .extracting(Image::isError, Image::getWidth, Image::getHeight)
                .containsExactly(
                        DesktopWiring.ICON_SIZES.stream()
                                .map(size -> tuple(false, (double) size, (double) size))
                                .toArray(Tuple[]::new));
    }
}
