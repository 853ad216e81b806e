/** The summary report as a Word document in the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP). */
package vn.tinradar.alerts.report.docx;
