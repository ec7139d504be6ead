import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/// The baseline for sendready's start-up time: a bare JavaFX window of the wizard's size, run on
/// the installed runtime by measure-startup.sh. Prints the same line as the wizard's
/// `-Dsendready.exitAfterFirstWindow=true` and quits.
public final class HelloWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1120, 780));
        stage.addEventHandler(
                WindowEvent.WINDOW_SHOWN,
                e -> {
                    System.out.println(
                            "sendready: first window shown at "
                                    + System.currentTimeMillis()
                                    + " epoch ms");
                    Platform.exit();
                });
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
