package com.bedtimelegs.lambdajar;

import com.bedtimelegs.skill.LambdaEntry;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;

/** Run with only the Lambda jar (and this class) on the class path: handles one envelope, prints the reply. */
public final class LambdaJarSmoke {
    private LambdaJarSmoke() {
    }

    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new FileInputStream(args[0])) {
            new LambdaEntry().handleRequest(in, out, null);
        }
        System.out.println(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
