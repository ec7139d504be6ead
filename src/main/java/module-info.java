/// sendready: the DNS side of email deliverability, as a wizard and a command line.
module org.sendready {
    requires org.dnsjava;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires jakarta.mail;
    requires org.eclipse.angus.mail;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.material2;

    exports org.sendready.input;
    exports org.sendready.dns;
    exports org.sendready.dns.dnsjava;
    exports org.sendready.taglist;
    exports org.sendready.records;
    exports org.sendready.dkim;
    exports org.sendready.spf;
    exports org.sendready.dmarc;
    exports org.sendready.mta;
    exports org.sendready.plan;
    exports org.sendready.check;
    exports org.sendready.logs;
    exports org.sendready.operate;
    exports org.sendready.dnsbl;
    exports org.sendready.bounce;
    exports org.sendready.storage;
    exports org.sendready.records.profile;
    exports org.sendready.app;
    exports org.sendready.ui;
    exports org.sendready.ui.check;
    exports org.sendready.ui.common;
    exports org.sendready.ui.wizard;
    exports org.sendready.ui.domain;
    exports org.sendready.ui.ptr;
    exports org.sendready.ui.dmarc;
    exports org.sendready.ui.bounce;
    exports org.sendready.ui.logs;
    exports org.sendready.ui.bounces;
    exports org.sendready.ui.project;
    exports org.sendready.ui.export;
    exports org.sendready.ui.review;
    exports org.sendready.ui.welcome;
    exports org.sendready.ui.spf;
    exports org.sendready.ui.dkim;
    exports org.sendready.ui.blocklists;

    // picocli reflects on the command classes.
    opens org.sendready.cli to
            info.picocli;
}
