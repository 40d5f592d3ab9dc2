export default {
  planes: [ {
    element: 'CourseHandoverReceipt',
    lanes: [ { id: 'Lane_Leder', name: 'Leder', rows: 1 }, { id: 'Lane_System', name: 'System', rows: 2 } ],
    rowHeights: [ 130, 120, 110 ],
    at: {
      StartEvent_CourseSent: [ 130, 1 ], Task_ReceiveCourse: [ 280, 0 ], Gateway_ReceiveCourse: [ 440, 0 ],
      Task_StartReceivedCourse: [ 560, 1 ], EndEvent_CourseReceived: [ 700, 1 ],
      Task_DeclineCourse: [ 560, 2 ], EndEvent_CourseDeclined: [ 700, 2 ]
    },
    routes: { Flow_CourseSent: 'hv', Flow_CourseAccepted: 'hv', Flow_CourseDeclined: 'vh' },
    labels: { Gateway_ReceiveCourse: 'above' }
  } ]
};
