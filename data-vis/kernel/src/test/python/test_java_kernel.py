"""Jupyter's kernel conformance tests (jupyter_kernel_test) against the java kernel.

Run by KernelConformanceIT with the kernelspec on JUPYTER_PATH:
    JUPYTER_PATH=<dir with kernels/java> python3 -m unittest -v test_java_kernel
"""
import unittest

import jupyter_kernel_test


class JavaKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "java"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "Math.ma", "matches": {"max("}},
        {"text": "int n = 1;\n\"java\".toUpperC", "matches": {"toUpperCase("}},
        {"text": "%ja", "matches": {"%jars"}},
    ]

    complete_code_samples = ["1 + 1", "int x = 1;", "System.out.println(1);", "%jars lib/*.jar", ""]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void f() {", "1 +", "String s = \"a\" +\n"]
    invalid_code_samples = [")", "int x = ;"]

    code_generate_error = 'throw new IllegalStateException("boom");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"java".toUpperCase()', "result": "JAVA"},
        {"code": 'html("<b>bold</b>")', "mime": "text/html", "result": "<b>bold</b>"},
    ]

    code_display_data = [
        {"code": 'display(html("<i>shown</i>"));', "mime": "text/html"},
        {
            "code": "display(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB));",
            "mime": "image/png",
        },
    ]

    code_inspect_sample = "Math.max("


if __name__ == "__main__":
    unittest.main()
