export default {
  planes: [ {
    element: 'CourseHandover',
    lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 2 }, { id: 'Lane_System', name: 'System', rows: 2 } ],
    rowHeights: [ 150, 100, 150, 110 ],
    at: {
      StartEvent_FamilyMoved: [ 100, 2 ], Task_PrepareHandover: [ 200, 2 ], Gateway_HandoverConsent: [ 360, 2 ],
      EndEvent_NoConsent: [ 360, 3 ], Gateway_DestinationInSystem: [ 490, 2 ], Task_SendHandover: [ 620, 2 ],
      Event_HandoverAnswered: [ 750, 2 ], Gateway_HandoverAccepted: [ 850, 2 ], EndEvent_HandoverAccepted: [ 960, 2 ],
      Gateway_SummaryMerge: [ 850, 0 ], Task_SendSummary: [ 990, 0 ], Gateway_SummarySent: [ 1130, 0 ],
      EndEvent_SummarySent: [ 1230, 0 ], EndEvent_SummaryNotSent: [ 1130, 1 ]
    },
    routes: { Flow_OutsideSystem: 'vh', Flow_HandoverDeclined: 'v' },
    labels: {
      Gateway_HandoverConsent: 'below-left', Gateway_DestinationInSystem: 'below', Gateway_HandoverAccepted: 'below',
      Gateway_SummaryMerge: 'above', Gateway_SummarySent: 'above', EndEvent_SummaryNotSent: 'right', EndEvent_NoConsent: 'right'
    }
  } ]
};
