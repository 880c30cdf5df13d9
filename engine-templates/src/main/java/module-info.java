/**
 * The built-in report templates and the conversation analysis they share. Templates are provided as
 * {@link dev.reportengine.api.spi.ReportTemplate} services; nothing is exported.
 */
module dev.reportengine.templates {
  requires dev.reportengine.api;
  requires dev.reportengine.text;

  provides dev.reportengine.api.spi.ReportTemplate with
      dev.reportengine.templates.general.GeneralReportTemplate,
      dev.reportengine.templates.sales.SalesPlaybookTemplate,
      dev.reportengine.templates.hiring.HiringReportTemplate,
      dev.reportengine.templates.profile.ProfileAlignmentTemplate;
}
