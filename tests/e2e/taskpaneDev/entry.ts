// Import order is evaluation order: the stub defines Office and Excel before the taskpane looks.
import "./devTaskpane";
import "../../../src/taskpane/index";
