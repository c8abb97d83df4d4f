"""Jupyter's kernel conformance tests (jupyter_kernel_test) against the java kernel.

Run by KernelConformanceIT with the kernelspec on JUPYTER_PATH:
    JUPYTER_PATH=<dir with kernels/java> python3 -m unittest -v test_java_kernel
"""
import time
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

    # Beyond the standard suite: what the notebooks rely on.

    def test_a_java_exception_is_a_jupyter_error_with_its_class_message_and_stack(self):
        self.flush_channels()
        reply, output_msgs = self.execute_helper('int n = 1;\nInteger.parseInt("x")')
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "java.lang.NumberFormatException")
        error = [m for m in output_msgs if m["msg_type"] == "error"][0]["content"]
        self.assertEqual(error["ename"], "java.lang.NumberFormatException")
        self.assertEqual(error["evalue"], 'For input string: "x"')
        self.assertEqual(error["traceback"][0], 'java.lang.NumberFormatException: For input string: "x"')
        self.assertTrue(any(line.startswith("\tat java.base/java.lang.Integer.parseInt(") for line in error["traceback"]))
        self.assertRegex(error["traceback"][-1], r"^\tat Cell In\[\d+\], line 2$")

    def test_a_compile_error_marks_the_cell_line(self):
        self.flush_channels()
        reply, output_msgs = self.execute_helper('int y = "text";')
        self.assertEqual(reply["content"]["ename"], "CompilationException")
        error = [m for m in output_msgs if m["msg_type"] == "error"][0]["content"]
        self.assertEqual(error["traceback"][1:], ['line 1: int y = "text";', "                ^^^^^^"])

    def test_an_interrupt_request_stops_the_running_cell(self):
        self.flush_channels()
        msg_id = self.kc.execute(code="Thread.sleep(120_000);")
        time.sleep(2)
        start = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.get_non_kernel_info_reply(timeout=60)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["ename"], "CellInterruptedException")
        self.assertLess(time.monotonic() - start, 30)
        time.sleep(0.5)
        self.flush_channels()
        reply, _ = self.execute_helper('"still here"')
        self.assertEqual(reply["content"]["status"], "ok")


if __name__ == "__main__":
    unittest.main()
