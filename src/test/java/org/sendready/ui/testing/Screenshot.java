package org.sendready.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/// Renders a scene to a PNG file, headless: how we look at every page (README screenshots).
public final class Screenshot {
    /// Where screenshots go: `-Dsendready.screenshots.dir`, else target/screenshots.
    public static Path folder() {
        return Path.of(System.getProperty("sendready.screenshots.dir", "target/screenshots"));
    }

    private Screenshot() {}

    /// Snapshots `scene` on the FX thread and writes `name`.png into [#folder()].
    public static Path write(Scene scene, String name) {
        var image = new CompletableFuture<WritableImage>();
        Platform.runLater(() -> image.complete(scene.snapshot(null)));
        try {
            return save(image.get(10, TimeUnit.SECONDS), folder().resolve(name + ".png"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot of " + name + " failed", e);
        }
    }

    private static Path save(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var pixels = new int[width * height];
        image.getPixelReader()
                .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        var buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
